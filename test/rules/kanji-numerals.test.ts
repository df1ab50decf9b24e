/** Kanji numbers become Arabic numerals where they count something or name an era year, and nowhere else. */
import { describe, expect, it } from "vitest";
import { arabicNumerals } from "../../rules/lib/kanji-numerals";

describe("arabicNumerals", () => {
  it.each([
    ["売上十億円", "売上1000000000円"],
    ["年間一、二〇〇トン", "年間1200トン"],
    ["令和十一年三月末まで", "令和11年3月末まで"],
    ["二四か月", "24か月"],
    ["一キログラム当たり八〇円", "1キログラム当たり80円"],
    ["九十日前までに通知", "90日前までに通知"],
    ["計画値の五割", "計画値の5割"],
    ["年間六〇〇立方メートル", "年間600立方メートル"],
    // Counters of ships, machines, buildings and the like, and of facilities and shops.
    ["年間百二十隻の船底点検", "年間120隻の船底点検"],
    ["三施設と五店舗", "3施設と5店舗"],
  ])("%s → %s", (text, expected) => {
    expect(arabicNumerals(text)).toBe(expected);
  });

  it.each(["統一する", "一部の店舗", "十分な在庫", "持分は各二分の一", "四半期ごと", "万一、事故が", "千葉県", "一次処理"])(
    "leaves %s as it is",
    (text) => {
      expect(arabicNumerals(text)).toBe(text);
    },
  );
});
