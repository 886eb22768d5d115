import type { CallLog } from './callLog';
import { offline } from './offline';
import type { StateStore } from '../stateFile';

const G = 'properties';
/** Apps Script quotas: 9 KB per value, 500 KB per property store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

class PropertiesImpl {
  constructor(private readonly data: () => Record<string, string>, private readonly store: StateStore) {}

  private commit(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    const d = this.data();
    for (const k of Object.keys(d)) delete d[k];
    Object.assign(d, next);
    this.store.save();
  }

  getProperty(key: string): string | null {
    const d = this.data();
    return Object.prototype.hasOwnProperty.call(d, String(key)) ? d[String(key)] : null;
  }
  getProperties(): Record<string, string> {
    return { ...this.data() };
  }
  getKeys(): string[] {
    return Object.keys(this.data());
  }
  setProperty(key: string, value: unknown): this {
    const v = String(value);
    if (bytes(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    this.commit({ ...this.data(), [String(key)]: v });
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.data() };
    for (const [k, value] of Object.entries(properties)) {
      const v = String(value);
      if (bytes(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      next[k] = v;
    }
    this.commit(next);
    return this;
  }
  deleteProperty(key: string): this {
    const next = { ...this.data() };
    delete next[String(key)];
    this.commit(next);
    return this;
  }
  deleteAllProperties(): this {
    this.commit({});
    return this;
  }
}
interface PropertiesImpl extends GoogleAppsScript.Properties.Properties {}

class PropertiesServiceImpl {
  constructor(private readonly store: StateStore, private readonly user: string, private readonly log: CallLog) {}
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return offline(new PropertiesImpl(() => this.store.state.documentProperties, this.store), G, 'Properties', this.log);
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return offline(new PropertiesImpl(() => this.store.state.scriptProperties, this.store), G, 'Properties', this.log);
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    const s = this.store.state.userProperties;
    return offline(new PropertiesImpl(() => (s[this.user] ??= {}), this.store), G, 'Properties', this.log);
  }
}
interface PropertiesServiceImpl extends GoogleAppsScript.Properties.PropertiesService {}

/** Document, script and user properties kept in the state file (saved after every change). */
export function createPropertiesService(store: StateStore, user: string, log: CallLog): GoogleAppsScript.Properties.PropertiesService {
  return offline(new PropertiesServiceImpl(store, user, log), G, 'PropertiesService', log);
}
