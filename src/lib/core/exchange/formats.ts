// The file formats decks are exported to, and which of them can carry study progress: the export
// list offers them, features/exchange/export-files.ts builds them.
export type ExportFormat = 'json' | 'csv' | 'tsv' | 'apkg';
export const EXPORT_FORMATS: ExportFormat[] = ['json', 'csv', 'tsv', 'apkg'];
/** Formats that can carry study progress (CSV/TSV are cards only). */
export const CARRIES_PROGRESS: Record<ExportFormat, boolean> = {
	json: true,
	csv: false,
	tsv: false,
	apkg: true
};
