// Chinese input methods type full-width letters, digits and punctuation (１９８５，Ｍ，：); the
// ASCII forms are what every parser here compares against.
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
