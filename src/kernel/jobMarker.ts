/**
 * The in-progress marker of a long job, in document properties: it tells a continuation
 * trigger what to resume and tells a clerk's new run that a job is already under way
 * (LockService only covers one execution, not the pause between two).
 */
export interface JobMarker {
  readonly job: string;
  readonly startedAt: string;
  readonly by: string;
  readonly detail?: unknown;
}

const key = (job: string) => `job:${job}`;

export function readJobMarker(job: string, properties: GoogleAppsScript.Properties.Properties): JobMarker | null {
  const raw = properties.getProperty(key(job));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as JobMarker;
  } catch {
    return null;
  }
}

export function writeJobMarker(marker: JobMarker, properties: GoogleAppsScript.Properties.Properties): void {
  properties.setProperty(key(marker.job), JSON.stringify(marker));
}

export function clearJobMarker(job: string, properties: GoogleAppsScript.Properties.Properties): void {
  properties.deleteProperty(key(job));
}
