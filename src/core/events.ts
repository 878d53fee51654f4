// Typed progress events. The library emits them; the CLI decides whether and how to draw them.

export type ScanEvent =
  | { type: 'discover:start'; root: string }
  | { type: 'discover:done'; files: number; claimed: number }
  | { type: 'extract:file'; file: string; plugin: string }
  | { type: 'extract:done'; graphs: number; components: number }
  | { type: 'analyze:start'; analyzer: string }
  | { type: 'analyze:done'; analyzer: string; diagnostics: number }
  | { type: 'evaluate:done'; verdicts: number }
  | { type: 'scan:done'; complete: boolean; ms: number };

export type EventListener = (event: ScanEvent) => void;
