/**
 * A load balancer for tests: an HTTP server on 127.0.0.1 that forwards each request to the next
 * of its backends in turn (headers and body as they came, the backend's answer as it gave it),
 * and records which backend took which request.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export class RoundRobin {
  /** The backend index each request went to, in order. */
  readonly routed: number[] = [];
  private readonly server: Server;
  private next = 0;

  constructor(private readonly backends: readonly string[]) {
    this.server = createServer((req, res) => {
      const at = this.next++ % this.backends.length;
      this.routed.push(at);
      const target = new URL(req.url ?? "/", this.backends[at]);
      const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on("error", () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(forward);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
