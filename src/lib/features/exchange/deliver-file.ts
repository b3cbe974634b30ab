// Handing a file to the person: on a phone with the Web Share API for files, the system share
// sheet (send it to a messenger, save it to Files); elsewhere, or if sharing fails, a download.
import type { ExportFile } from './export-files';

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

export async function deliverFile({ name, blob }: ExportFile): Promise<Delivery> {
	const file = new File([blob], name, { type: blob.type });
	// Desktop browsers can share files too, but there a download is what people expect.
	const phone = matchMedia('(pointer: coarse)').matches;
	if (phone && navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: name });
			return 'shared';
		} catch (e) {
			if ((e as Error).name === 'AbortError') return 'cancelled';
			// NotAllowedError and friends: fall back to a download.
		}
	}
	download(blob, name);
	return 'downloaded';
}

export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
