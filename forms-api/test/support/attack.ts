/** Breaks out of an attribute value and opens a script, if anything forgets to escape. */
export const ATTACK = '"><script>alert(1)</script>';
