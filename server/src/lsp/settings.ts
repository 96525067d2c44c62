// Byline's settings (section `byline`), read per workspace folder with workspace/configuration.
// Unknown or invalid values fall back to the defaults, so a bad setting never breaks the server.
import { DiagnosticSeverity } from 'vscode-languageserver';
import { DEFAULT_FILES_GLOB } from '../index/file-filter';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type DiagnosticGroup = 'speaker' | 'date' | 'figure';

export interface BylineSettings {
  files: string;
  severity: Record<DiagnosticGroup, SeverityName>;
  diagnostics: { scope: 'open' | 'workspace'; maxPerFile: number };
  /** YYYY-MM-DD or '' */
  referenceDate: string;
  /** files larger than this (bytes) are skipped, with a note */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: BylineSettings = {
  files: DEFAULT_FILES_GLOB,
  severity: { speaker: 'information', date: 'hint', figure: 'hint' },
  diagnostics: { scope: 'open', maxPerFile: 500 },
  referenceDate: '',
  maxFileSize: 5 * 1024 * 1024,
};

const SEVERITIES: SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads a `byline` configuration object (possibly partial, possibly with dotted keys). */
export function parseSettings(raw: unknown): BylineSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const get = (path: string): unknown => {
    if (path in r) return r[path]; // flattened keys ("severity.date")
    let v: unknown = r;
    for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return v;
  };
  const severity = (group: DiagnosticGroup): SeverityName => {
    const v = get(`severity.${group}`);
    return typeof v === 'string' && SEVERITIES.includes(v as SeverityName) ? (v as SeverityName) : DEFAULT_SETTINGS.severity[group];
  };
  const files = get('files');
  const scope = get('diagnostics.scope');
  const max = get('diagnostics.maxPerFile');
  const ref = get('referenceDate');
  const maxMb = get('maxFileSize');
  return {
    files: typeof files === 'string' && files.trim() ? files.trim() : DEFAULT_SETTINGS.files,
    severity: { speaker: severity('speaker'), date: severity('date'), figure: severity('figure') },
    diagnostics: {
      scope: scope === 'workspace' ? 'workspace' : 'open',
      maxPerFile: typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : DEFAULT_SETTINGS.diagnostics.maxPerFile,
    },
    referenceDate: typeof ref === 'string' && isIsoDate(ref.trim()) ? ref.trim() : '',
    // the setting is in megabytes
    maxFileSize: typeof maxMb === 'number' && Number.isFinite(maxMb) && maxMb > 0 ? Math.floor(maxMb * 1024 * 1024) : DEFAULT_SETTINGS.maxFileSize,
  };
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

export function toLspSeverity(name: SeverityName): DiagnosticSeverity | null {
  switch (name) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return null;
  }
}
