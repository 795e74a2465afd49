// XLSX workbooks written the way Excel, LibreOffice Calc and openpyxl write them, by hand,
// so that ingest is tested against those programs' files and not against its own reader's
// writer (exceljs). What differs between them, and what a reader must take as they are:
// - an empty cell is not in the file at all (a row ending in empty cells is shorter);
// - strings: Excel and LibreOffice use the shared string table, openpyxl inline strings;
// - dates are numbers (days since 1899-12-30) with a date number format: Excel's built-in
//   format 14, LibreOffice a custom YYYY-MM-DD, openpyxl a custom yyyy-mm-dd h:mm:ss;
// - LibreOffice writes formatted cells with no value after the data, and every row's height.
import JSZip from "jszip";

export type Flavour = "excel" | "libreoffice" | "openpyxl";

/** A cell to write: text, a number, a date (YYYY-MM-DD), or nothing. */
export type Cell = { text: string } | { number: number } | { date: string } | null;

const MS_PER_DAY = 86_400_000;

/** Excel's serial day number of a date (1900 date system). */
export function serialDay(date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / MS_PER_DAY;
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const STYLES: Record<Flavour, string> = {
  excel: `<numFmts count="0"/><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`,
  libreoffice: `<numFmts count="1"><numFmt numFmtId="164" formatCode="YYYY\\-MM\\-DD"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"/></cellXfs>`,
  openpyxl: `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs>`,
};

/** The workbook's bytes: one sheet named "Sheet1" holding `rows` (the first is the header). */
export async function spreadsheetXml(flavour: Flavour, rows: Cell[][]): Promise<Buffer> {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const stringIndex = (text: string) => {
    let index = sharedIndex.get(text);
    if (index === undefined) {
      index = shared.push(text) - 1;
      sharedIndex.set(text, index);
    }
    return index;
  };
  const width = Math.max(...rows.map((r) => r.length));
  const rowXml = rows.map((cells, r) => {
    const ref = (c: number) => `${columnName(c)}${r + 1}`;
    const xml = cells.map((cell, c) => {
      if (cell === null) return "";
      if ("date" in cell) {
        const t = flavour === "excel" ? "" : ' t="n"';
        return `<c r="${ref(c)}" s="1"${t}><v>${serialDay(cell.date)}</v></c>`;
      }
      if ("number" in cell) return `<c r="${ref(c)}"${flavour === "excel" ? "" : ' t="n"'}><v>${cell.number}</v></c>`;
      if (flavour === "openpyxl") return `<c r="${ref(c)}" t="inlineStr"><is><t>${escape(cell.text)}</t></is></c>`;
      return `<c r="${ref(c)}" t="s"><v>${stringIndex(cell.text)}</v></c>`;
    });
    // LibreOffice keeps a formatted cell with no value one column past the data.
    if (flavour === "libreoffice") xml.push(`<c r="${columnName(width)}${r + 1}" s="0"/>`);
    const attributes =
      flavour === "libreoffice" ? ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"'
      : flavour === "excel" ? ` spans="1:${width}"` : "";
    return `<row r="${r + 1}"${attributes}>${xml.join("")}</row>`;
  });
  // A formatted, empty row after the data, as a sheet that once held more rows keeps.
  if (flavour !== "openpyxl") rowXml.push(`<row r="${rows.length + 3}"><c r="A${rows.length + 3}" s="1"/></row>`);
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${columnName(width - 1)}${rows.length}"/><sheetData>${rowXml.join("")}</sheetData></worksheet>`;
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  const add = (path: string, text: string) => zip.file(path, text, { date });
  add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${flavour === "openpyxl" ? "" : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'}</Types>`);
  add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${flavour === "openpyxl" ? "" : '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'}</Relationships>`);
  add("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${STYLES[flavour]}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
  add("xl/worksheets/sheet1.xml", sheet);
  if (flavour !== "openpyxl") {
    const items = shared.map((text) => `<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ""}>${escape(text)}</t></si>`).join("");
    add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${items}</sst>`);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
