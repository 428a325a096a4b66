import fs from "node:fs"; import path from "node:path";
const { voorbeelden } = await import("./test/tsdoc-voorbeelden.test.ts").catch(()=>({}));
