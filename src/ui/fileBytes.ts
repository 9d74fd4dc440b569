/** The file's bytes (FileReader: every browser, and jsdom). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error('The file could not be read: choose it again.'));
    reader.readAsArrayBuffer(file);
  });
}
