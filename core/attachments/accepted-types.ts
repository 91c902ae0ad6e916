/** Extensions the upload field offers (`accept` and the page's hint); the server decides by the file's bytes. */
export const ACCEPTED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'heic', 'doc', 'docx', 'xls', 'xlsx', 'odt'];
