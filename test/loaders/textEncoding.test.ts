// CSV text as people save it: UTF-8 (with or without BOM), Windows-1252 from Excel's plain
// "CSV (Comma delimited)"; UTF-16, NUL bytes and mixed encodings refused with a clear message.
import { describe, expect, it } from "vitest";
import { UnreadableFile } from "../../loaders/problem.ts";
import { decodeCsvBytes } from "../../loaders/textEncoding.ts";

function refusal(bytes: Buffer): string {
  try {
    decodeCsvBytes(bytes, "f.csv");
  } catch (error) {
    if (error instanceof UnreadableFile) return error.message;
    throw error;
  }
  return "accepted";
}

describe("CSV bytes", () => {
  it("are UTF-8 when they are valid UTF-8, BOM or not", () => {
    expect(decodeCsvBytes(Buffer.from("a,b\nNiños – ok\n"), "f.csv")).toEqual({ text: "a,b\nNiños – ok\n", encoding: "UTF-8" });
    expect(decodeCsvBytes(Buffer.from("\ufeffa\n"), "f.csv").encoding).toBe("UTF-8");
  });

  it("are Windows-1252 when they are not UTF-8, including its en dash, curly quotes and euro sign", () => {
    const bytes = Buffer.from([0x4e, 0x69, 0xf1, 0x6f, 0x73, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x0a]);
    expect(decodeCsvBytes(bytes, "f.csv")).toEqual({ text: "Niños – “q” €\n", encoding: "Windows-1252" });
  });

  it("refuse UTF-16, with or without its byte-order mark", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\r\n", "utf16le")]);
    expect(refusal(le)).toBe('f.csv: is UTF-16 text (Excel\'s "Unicode Text"): save it as "CSV UTF-8 (Comma delimited)" and load it again');
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x61]);
    expect(refusal(be)).toContain("is UTF-16 text");
    expect(refusal(Buffer.from("a,b\r\n", "utf16le"))).toBe('f.csv, row 1: is UTF-16 text: save it as "CSV UTF-8 (Comma delimited)" and load it again');
  });

  it("refuse a NUL byte, naming its line", () => {
    expect(refusal(Buffer.from("a,b\nc,d\ne,\u0000f\n"))).toBe("f.csv, row 3: holds a NUL byte, so it is not a text file: export the sheet as CSV UTF-8 and load it again");
  });

  it("refuse UTF-8 mixed with bytes that are not UTF-8, naming the line of the first bad byte", () => {
    const mixed = Buffer.concat([Buffer.from("a\nNiños\n"), Buffer.from([0x4e, 0x69, 0xf1, 0x0a])]);
    expect(refusal(mixed)).toBe("f.csv, row 3: mixes UTF-8 characters with bytes that are not UTF-8 (two encodings in one file): save it again as CSV UTF-8");
  });

  it("take overlong and surrogate forms as not UTF-8", () => {
    // C0 AF is an overlong "/", ED A0 80 a UTF-16 surrogate: not UTF-8, so Windows-1252.
    expect(decodeCsvBytes(Buffer.from([0x61, 0xc0, 0xaf]), "f.csv").encoding).toBe("Windows-1252");
    expect(decodeCsvBytes(Buffer.from([0x61, 0xed, 0xa0, 0x80]), "f.csv").encoding).toBe("Windows-1252");
  });
});
