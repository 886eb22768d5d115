// Wrapping a cell the clerk styled keeps the rest of her alignment; unwrapping drops only wrapText.
import { BLANK_STYLES, Styles } from '../../../runner/xlsx/styles';

const CENTRED = BLANK_STYLES.replace(
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs>',
);

describe('wrapped text in styles.xml', () => {
  it('a centred cell that wraps stays centred', () => {
    const styles = new Styles(CENTRED);
    const wrapped = styles.derive(1, { ...styles.look(1), wrap: true });
    expect(wrapped).toBe(2);
    expect(styles.look(wrapped)).toMatchObject({ wrap: true, format: 'General' });
    expect(styles.toXml()).toContain('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf></cellXfs>');
    expect(styles.toXml()).toContain('<cellXfs count="3">');
  });

  it('asking for the same look twice gives the same style, and an unchanged look no new one', () => {
    const styles = new Styles(CENTRED);
    expect(styles.derive(0, { format: '@', bold: false, wrap: true })).toBe(styles.derive(0, { format: '@', bold: false, wrap: true }));
    expect(styles.derive(1, { ...styles.look(1) })).toBe(1);
  });

  it('unwrapping removes wrapText and an alignment left empty', () => {
    const styles = new Styles(CENTRED);
    const wrapped = styles.derive(0, { format: 'General', bold: false, wrap: true });
    const plain = styles.derive(wrapped, { format: 'General', bold: false, wrap: false });
    expect(styles.look(plain).wrap).toBe(false);
    expect(styles.toXml()).not.toContain('<alignment/>');
  });
});
