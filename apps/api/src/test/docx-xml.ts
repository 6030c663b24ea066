// Reads a generated .docx back for tests: its parts as XML text, and the visible text of
// a part (the runs joined), so assertions name what Word stores and what a reader sees.
import JSZip from 'jszip';

export async function docxParts(data: Uint8Array) {
  const zip = await JSZip.loadAsync(data);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the docx`);
    return file.async('string');
  };
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .sort()
      .map(async (n) => ({ name: n, xml: await part(n) })),
  );
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    relationships: await part('word/_rels/document.xml.rels'),
    headers,
  };
}

/** The text of each paragraph of an XML part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphWith(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find(
    (m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') === text,
  );
  if (!found) throw new Error(`no paragraph reads "${text}"`);
  return found[0];
}
