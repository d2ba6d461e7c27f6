using Meic.Sdk.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Workspace;

/// <summary>Reads toolkit.json strictly: unknown keys and wrong types are reported with their JSON path.</summary>
public static class ToolkitConfigReader
{
    private static readonly string[] Languages = ["it", "es", "en"];

    /// <summary>Reads and validates <paramref name="file"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or not a valid configuration.</exception>
    public static ToolkitConfig Read(string file)
    {
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException($"cannot read the file ({e.Message}).", file, e); }
        return Parse(text, file);
    }

    /// <summary>Validates configuration JSON; <paramref name="file"/> names it in errors.</summary>
    public static ToolkitConfig Parse(string text, string file)
    {
        JObject root;
        try
        {
            var token = JToken.Parse(text, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            root = token as JObject ?? throw new InputException("expected a JSON object at the top.", file);
        }
        catch (JsonReaderException e)
        {
            throw new InputException($"not valid JSON at line {e.LineNumber}, position {e.LinePosition}: {FirstSentence(e.Message)}", file, e);
        }

        var config = new ToolkitConfig();
        var at = new Path(file);
        foreach (var p in root.Properties())
        {
            switch (p.Name)
            {
                case "$schema": String(at, p); break;
                case "language":
                    config.Language = String(at, p);
                    if (!Languages.Contains(config.Language))
                        throw at.Error(p, $"expected one of it, es, en; found '{config.Language}'.");
                    break;
                case "store": config.Store = ReadStore(at, p); break;
                case "plugins": config.Plugins = ReadPlugins(at, p); break;
                case "scripts": config.Scripts = ReadScripts(at, p); break;
                case "hooks":
                    foreach (var h in Object(at, p).Properties())
                    {
                        config.Hooks[h.Name] = StringList(at, h);
                        foreach (var (hookFile, i) in config.Hooks[h.Name].Select((f, i) => (f, i)))
                            if (!hookFile.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
                                throw new InputException($"expected the path of a .csx script; found '{hookFile}'.", $"{at.File}: $.{h.Path}[{i}]");
                    }
                    break;
                case "settings":
                    foreach (var plugin in Object(at, p).Properties())
                    {
                        var values = new Dictionary<string, string>(StringComparer.Ordinal);
                        foreach (var kv in Object(at, plugin).Properties())
                        {
                            if (kv.Value.Type is JTokenType.Object or JTokenType.Array)
                                throw at.Error(kv, "expected a string, number or boolean.");
                            values[kv.Name] = kv.Value.Type == JTokenType.Boolean ? kv.Value.ToString().ToLowerInvariant() : kv.Value.ToString();
                        }
                        config.Settings[plugin.Name] = values;
                    }
                    break;
                default:
                    throw at.Error(p, "unknown key; expected one of language, store, plugins, scripts, hooks, settings.");
            }
        }
        return config;
    }

    private static StoreConfig ReadStore(Path at, JProperty section)
    {
        var store = new StoreConfig();
        foreach (var p in Object(at, section).Properties())
        {
            switch (p.Name)
            {
                case "kind":
                    store.Kind = String(at, p);
                    if (store.Kind is not ("sqlite" or "postgres")) throw at.Error(p, $"expected \"sqlite\" or \"postgres\"; found '{store.Kind}'.");
                    break;
                case "path": store.Path = String(at, p); break;
                case "connectionString": store.ConnectionString = String(at, p); break;
                case "busyTimeoutMs": store.BusyTimeoutMs = Integer(at, p, 0, 600_000); break;
                default: throw at.Error(p, "unknown key; expected kind, path, connectionString or busyTimeoutMs.");
            }
        }
        return store;
    }

    private static PluginsConfig ReadPlugins(Path at, JProperty section)
    {
        var plugins = new PluginsConfig();
        foreach (var p in Object(at, section).Properties())
        {
            switch (p.Name)
            {
                case "disabled": plugins.Disabled = StringList(at, p); break;
                case "paths": plugins.Paths = StringList(at, p); break;
                default: throw at.Error(p, "unknown key; expected disabled or paths.");
            }
        }
        return plugins;
    }

    private static ScriptsConfig ReadScripts(Path at, JProperty section)
    {
        var scripts = new ScriptsConfig();
        foreach (var p in Object(at, section).Properties())
        {
            switch (p.Name)
            {
                case "timeoutSeconds":
                    if (p.Value.Type is not (JTokenType.Integer or JTokenType.Float) || p.Value.Value<double>() <= 0)
                        throw at.Error(p, "expected a positive number of seconds.");
                    scripts.TimeoutSeconds = p.Value.Value<double>();
                    break;
                case "trusted": scripts.Trusted = Bool(at, p); break;
                case "allowReferences": scripts.AllowReferences = Bool(at, p); break;
                case "maxOutputBytes": scripts.MaxOutputBytes = Integer(at, p, 1024, int.MaxValue); break;
                case "indicators": scripts.Indicators = ScriptMap(at, p); break;
                case "importMappings": scripts.ImportMappings = ScriptMap(at, p); break;
                default: throw at.Error(p, "unknown key; expected timeoutSeconds, trusted, allowReferences, maxOutputBytes, indicators or importMappings.");
            }
        }
        return scripts;
    }

    private static Dictionary<string, string> ScriptMap(Path at, JProperty section)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in Object(at, section).Properties())
        {
            var file = String(at, p);
            if (!file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase)) throw at.Error(p, $"expected the path of a .csx script; found '{file}'.");
            map[p.Name] = file;
        }
        return map;
    }

    private static JObject Object(Path at, JProperty p) =>
        p.Value as JObject ?? throw at.Error(p, $"expected an object; found {Describe(p.Value)}.");

    private static string String(Path at, JProperty p) =>
        p.Value.Type == JTokenType.String ? p.Value.Value<string>()! : throw at.Error(p, $"expected a string; found {Describe(p.Value)}.");

    private static bool Bool(Path at, JProperty p) =>
        p.Value.Type == JTokenType.Boolean ? p.Value.Value<bool>() : throw at.Error(p, $"expected true or false; found {Describe(p.Value)}.");

    private static int Integer(Path at, JProperty p, int min, int max)
    {
        if (p.Value.Type != JTokenType.Integer) throw at.Error(p, $"expected a whole number; found {Describe(p.Value)}.");
        var v = p.Value.Value<long>();
        if (v < min || v > max) throw at.Error(p, $"expected a number from {min} to {max}; found {v}.");
        return (int)v;
    }

    private static List<string> StringList(Path at, JProperty p)
    {
        if (p.Value is not JArray array) throw at.Error(p, $"expected an array of strings; found {Describe(p.Value)}.");
        return array.Select((item, i) => item.Type == JTokenType.String ? item.Value<string>()!
            : throw new InputException($"expected a string; found {Describe(item)}.", $"{at.File}: {item.Path}")).ToList();
    }

    private static string Describe(JToken t) => t.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => $"the string \"{t}\"",
        JTokenType.Null => "null",
        _ => $"{t.Type.ToString().ToLowerInvariant()} {t.ToString(Formatting.None)}",
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". Path", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }

    private sealed record Path(string File)
    {
        public InputException Error(JToken token, string message) =>
            new(message, $"{File}: $.{(token is JProperty p ? p.Path : token.Path)}" + LineOf(token));

        private static string LineOf(JToken token) =>
            token is IJsonLineInfo info && info.HasLineInfo() ? $" (line {info.LineNumber})" : "";
    }
}
