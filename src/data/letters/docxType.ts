/** The MIME type of a Word document (kept apart from the docx maker, which loads only when a letter is made). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
