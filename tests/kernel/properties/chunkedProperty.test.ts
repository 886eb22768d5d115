// A record longer than one document property (9 KB on Apps Script, enforced by the runner's
// PropertiesService) is kept in parts and read back whole.
import { PART_BYTES, readChunked, writeChunked } from '../../../src/kernel/properties/chunkedProperty';
import { createPropertiesService } from '../../../runner/services/properties';
import { CallLog } from '../../../runner/services/callLog';
import { StateStore } from '../../../runner/stateFile';

function documentProperties() {
  const store = new StateStore(null);
  return { props: createPropertiesService(store, 'clerk@example.edu.cn', new CallLog()).getDocumentProperties(), state: store.state };
}

describe('chunkedProperty', () => {
  it('keeps a short value as one property', () => {
    const { props, state } = documentProperties();
    writeChunked(props, 'rec', '{"a":1}');
    expect(state.documentProperties).toEqual({ rec: '{"a":1}' });
    expect(readChunked(props, 'rec')).toBe('{"a":1}');
    expect(readChunked(props, 'other')).toBeNull();
  });

  it('splits 30 KB of Chinese into parts under 9 KB, reads it back, and removes parts no longer needed', () => {
    const { props, state } = documentProperties();
    const long = '工会'.repeat(5000) + 'end';
    expect(() => props.setProperty('whole', long)).toThrow('Argument too large: value');
    writeChunked(props, 'rec', long);
    expect(readChunked(props, 'rec')).toBe(long);
    expect(state.documentProperties.rec).toBe('#parts:4');
    for (const v of Object.values(state.documentProperties)) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(PART_BYTES);
    writeChunked(props, 'rec', 'short');
    expect(state.documentProperties).toEqual({ rec: 'short' });
  });

  it('refuses a record with a part missing rather than reading it as shorter', () => {
    const { props } = documentProperties();
    writeChunked(props, 'rec', 'x'.repeat(20000));
    props.deleteProperty('rec#2');
    expect(() => readChunked(props, 'rec')).toThrow('文档属性 rec 的第 2 段缺失');
  });
});
