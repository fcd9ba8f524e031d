/** Pages are TypeScript templates (`*.11ty.ts`), loaded like `*.11ty.js` through tsx. */
import type { EleventyConfig } from "./eleventy.ts";

export default function templatesPlugin(config: EleventyConfig): void {
  config.addExtension("11ty.ts", { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  // Eleventy's dependency scanner parses imports as plain JavaScript and stops at
  // TypeScript syntax; watch the TypeScript folders instead.
  config.setWatchJavaScriptDependencies(false);
  for (const folder of ["src/_config/", "src/_model/", "src/_views/", "src/_exports/"]) config.addWatchTarget(folder);
}
