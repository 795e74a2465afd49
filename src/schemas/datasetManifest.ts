// dataset.json: says what a folder of input files is. `crd demo` writes one marking its
// output as synthetic, so that every page built from it carries the synthetic-data banner.
import { z } from "zod";

export const datasetManifestSchema = z
  .object({
    dataset: z.string().min(1).max(120),
    synthetic: z.boolean(),
    description: z.string().max(2000).default(""),
    seed: z.number().int().optional(),
    generatedBy: z.string().max(120).optional(),
  })
  .strict();

export type DatasetManifest = z.infer<typeof datasetManifestSchema>;

export function looksLikeDatasetManifest(json: unknown): boolean {
  return typeof json === "object" && json !== null && "dataset" in json && "synthetic" in json;
}
