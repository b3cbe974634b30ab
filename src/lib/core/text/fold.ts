// Comparing Russian words: lowercase with ё read as е, as readers (and typists) treat them.
export const yo = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
