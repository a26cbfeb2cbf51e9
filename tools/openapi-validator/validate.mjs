// Validates an OpenAPI document with @apidevtools/swagger-parser (schema and spec rules) and checks that every
// /api/v1 operation requires the bearer scheme the document declares. Prints "valid" or the reasons; exit code 1 on any.
import SwaggerParser from "@apidevtools/swagger-parser";
import { readFile } from "node:fs/promises";

const file = process.argv[2];
const raw = JSON.parse(await readFile(file, "utf8"));
try {
  await SwaggerParser.validate(structuredClone(raw));
} catch (error) {
  console.error(`invalid: ${error.message}`);
  process.exit(1);
}

const schemes = raw.components?.securitySchemes ?? {};
const bearer = Object.keys(schemes).filter((name) => schemes[name].type === "http" && schemes[name].scheme?.toLowerCase() === "bearer");
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const unsecured = [];
for (const [path, item] of Object.entries(raw.paths ?? {})) {
  if (!path.startsWith("/api/v1")) continue;
  for (const method of methods.filter((m) => item[m])) {
    const security = item[method].security ?? raw.security ?? [];
    if (!security.some((requirement) => Object.keys(requirement).some((name) => bearer.includes(name)))) {
      unsecured.push(`${method.toUpperCase()} ${path}`);
    }
  }
}
if (bearer.length === 0 || unsecured.length > 0) {
  console.error(`no bearer scheme on: ${bearer.length === 0 ? "the document" : unsecured.join(", ")}`);
  process.exit(1);
}
console.log("valid");
