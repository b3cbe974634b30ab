// Plain-text rules shared by deck validation and the card editor (no valibot here, so the editor
// can use them without loading the validator).

/** Longest text we accept in one card field: a card is a card, not an article. */
export const MAX_FIELD = 2000;

// Tags such as <b> or <script>: card text is plain text. "<…>" (an ellipsis in a quote) is fine.
export const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;
