/**
 * Constants and helpers more than one theme of refusals reads (acceptance.ts lists the refusals).
 */
import { SUM_CLASSES, type UnitClass } from "../../zh/units.ts";

export const SUMS: ReadonlySet<UnitClass> = new Set(SUM_CLASSES);

/** A name in quotes, up to 20 characters: “3个1000”, “千亿斤江淮粮仓”, 「双减」. */
export const QUOTED_NAME = /[“「][^“”「」]{1,20}[”」]/g;

/** A clause leading to the level reached: "…参保率均提高到", "高铁营业里程达到", "高速公路总里程达9.56万公里", "总数增至". */
export const LEVEL_REACHED_LEAD = /(?:(?:提高|增加|增长|上升|下降|降低|减少|扩大|提升)(?:到|至)|达到?|增至)\s*$/;
