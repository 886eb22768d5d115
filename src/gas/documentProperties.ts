export function documentProperties(service: GoogleAppsScript.Properties.PropertiesService = PropertiesService): GoogleAppsScript.Properties.Properties {
  return service.getDocumentProperties();
}
