// What other features may use of 帮扶: a 帮扶 notice merges the ledger's rows.
export type { AidApplication } from './aidApplication';
export { type AidLedgerRead, readAidLedger } from './readAidLedger';
