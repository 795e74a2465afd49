// A zip archive of JSON files, one per entry, for a Framework data loader whose page reads
// `ARCHIVE/NAME.json`: Framework extracts and publishes only the files pages reference, so a
// page loads its own slice and nothing else. Framework reads the whole archive again for each
// file it extracts, so an archive suits a few dozen entries, not a thousand. A fixed entry
// date keeps the bytes the same build to build.
import JSZip from "jszip";
import { FIXED_DATE } from "./xlsx.ts";

export async function jsonZip(entries: Record<string, unknown>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, value] of Object.entries(entries)) zip.file(`${name}.json`, JSON.stringify(value), { date: FIXED_DATE });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
