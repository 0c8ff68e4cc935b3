using Jint;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>
/// The helpers every rule script can call, <c>deep_get</c> and <c>deep_walk</c>, written in JavaScript and prepared
/// once for all engines. They are ordinary globals, so a script that defines its own function of the same name wins.
/// </summary>
internal static class ScriptHelpers
{
    /// <summary>The helpers' source.</summary>
    public const string Source = """
        (function () {
          const isArray = Array.isArray;
          const hasOwn = Object.hasOwn;

          function isMap(value) {
            return value !== null && typeof value === 'object' && !isArray(value);
          }

          function deep_get(obj, ...keys) {
            let value = obj;
            for (const key of keys) {
              if (!isMap(value) || !hasOwn(value, key)) {
                return null;
              }
              value = value[key];
            }
            return value === undefined ? null : value;
          }

          function deep_walk(obj, ...keys) {
            const found = [];
            const seen = new Set();
            const keep = (value) => {
              if (value === null || value === undefined) {
                return;
              }
              if (isArray(value)) {
                for (const item of value) {
                  keep(item);
                }
              } else if (!seen.has(value)) {
                seen.add(value);
                found.push(value);
              }
            };
            const walk = (value, depth) => {
              if (value === null || value === undefined) {
                return;
              }
              if (isArray(value)) {
                for (const item of value) {
                  walk(item, depth);
                }
              } else if (depth === keys.length) {
                keep(value);
              } else if (isMap(value) && hasOwn(value, keys[depth])) {
                walk(value[keys[depth]], depth + 1);
              }
            };
            walk(obj, 0);
            if (found.length === 0) {
              return null;
            }
            return found.length === 1 ? found[0] : found;
          }

          globalThis.deep_get = deep_get;
          globalThis.deep_walk = deep_walk;
        })();
        """;

    /// <summary>The helpers, parsed once; a prepared script is safe to share between engines and threads.</summary>
    public static readonly Prepared<Acornima.Ast.Script> Prepared =
        Engine.PrepareScript(Source, "panther-helpers.js", strict: true);
}
