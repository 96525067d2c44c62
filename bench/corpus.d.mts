// Types of the benchmark corpus generator (corpus.mjs), for TypeScript tests and benchmarks.
export interface GenerateOptions {
  articles: number;
  seed?: number;
  people?: number;
  orgs?: number;
  skew?: number;
}
export function generateCorpus(options: GenerateOptions): Generator<{ name: string; text: string }>;
export function mulberry32(seed: number): () => number;
