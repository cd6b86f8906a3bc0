export declare const DEV_URL: "https://localhost:3000";
export declare function resolveAddinUrl(raw: string | undefined): { url: string; warning?: string };
export declare function rewriteManifestUrls(xml: string, url: string): string;
