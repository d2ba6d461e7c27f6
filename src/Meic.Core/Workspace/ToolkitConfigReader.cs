using Meic.Core.Text;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;

namespace Meic.Core.Workspace;

/// <summary>Reads toolkit.json strictly: unknown keys and wrong types are reported with their JSON path.</summary>
public static class ToolkitConfigReader
{
    private static readonly string[] Languages = ["it", "es", "en"];

    /// <summary>The longest time limit a script may be given (a day).</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>Reads and validates <paramref name="file"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, or not a valid configuration.</exception>
    public static ToolkitConfig Read(string file)
    {
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw Hosting.Worded.Input(e, "config.unreadable", file, e.Message); }
        return Parse(text, file);
    }

    /// <summary>The supported language <paramref name="file"/> declares, whatever else it holds; null when it declares none or cannot be read.</summary>
    public static string? DeclaredLanguage(string file)
    {
        try
        {
            var root = JsonTree.Parse(File.ReadAllText(file));
            if (root.Kind != JsonKind.Object) return null;
            foreach (var (name, p) in root.Properties)
                if (name == "language" && p.Kind == JsonKind.String && Languages.Contains(p.Text)) return p.Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonTreeException) { } // no language to tell: English
        return null;
    }

    /// <summary>Validates configuration JSON; <paramref name="file"/> names it in errors.</summary>
    public static ToolkitConfig Parse(string text, string file)
    {
        JsonTree root;
        try { root = JsonTree.Parse(text); }
        catch (JsonTreeException e)
        {
            throw Hosting.Worded.Input(e, "config.badJson", file, e.Line, e.Position, e.Reason);
        }
        if (root.Kind != JsonKind.Object) throw Hosting.Worded.Input("config.notObject", file);

        var config = new ToolkitConfig();
        var at = new Path(file);
        foreach (var (name, p) in root.Properties)
        {
            switch (name)
            {
                case "$schema": String(at, p); break;
                case "language":
                    config.Language = String(at, p);
                    if (!Languages.Contains(config.Language))
                        throw at.Error(p, "init.badLanguage", config.Language);
                    break;
                case "store": config.Store = ReadStore(at, p); break;
                case "plugins": config.Plugins = ReadPlugins(at, p); break;
                case "scripts": config.Scripts = ReadScripts(at, p); break;
                case "limits": config.Limits = ReadLimits(at, p); break;
                case "hooks":
                    foreach (var (hook, h) in Object(at, p).Properties)
                    {
                        config.Hooks[hook] = StringList(at, h);
                        foreach (var (hookFile, i) in config.Hooks[hook].Select((f, i) => (f, i)))
                            if (!hookFile.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
                                throw at.Error(h.Items[i], "config.notCsx", hookFile);
                    }
                    break;
                case "settings":
                    foreach (var (plugin, section) in Object(at, p).Properties)
                    {
                        var values = new Dictionary<string, string>(StringComparer.Ordinal);
                        foreach (var (key, value) in Object(at, section).Properties)
                        {
                            if (value.Kind is JsonKind.Object or JsonKind.Array)
                                throw at.Error(value, "config.notScalar");
                            values[key] = value.Kind == JsonKind.Null ? "" : value.Text;
                        }
                        config.Settings[plugin] = values;
                    }
                    break;
                default:
                    throw at.Error(p, "config.unknownKey", "language, store, plugins, scripts, limits, hooks, settings");
            }
        }
        return config;
    }

    private static StoreConfig ReadStore(Path at, JsonTree section)
    {
        var store = new StoreConfig();
        var pathGiven = false;
        foreach (var (name, p) in Object(at, section).Properties)
        {
            switch (name)
            {
                case "kind":
                    store.Kind = String(at, p);
                    if (store.Kind is not ("sqlite" or "litedb" or "postgres")) throw at.Error(p, "config.storeKind", store.Kind);
                    break;
                case "path": store.Path = String(at, p); pathGiven = true; break;
                case "connectionString": store.ConnectionString = String(at, p); break;
                case "busyTimeoutMs": store.BusyTimeoutMs = Integer(at, p, 0, 600_000); break;
                default: throw at.Error(p, "config.unknownKey", "kind, path, connectionString, busyTimeoutMs");
            }
        }
        if (store.Kind == "litedb" && !pathGiven) store.Path = StoreConfig.LiteDbDefaultPath;
        return store;
    }

    private static PluginsConfig ReadPlugins(Path at, JsonTree section)
    {
        var plugins = new PluginsConfig();
        foreach (var (name, p) in Object(at, section).Properties)
        {
            switch (name)
            {
                case "disabled": plugins.Disabled = StringList(at, p); break;
                case "enabled": plugins.Enabled = StringList(at, p); break;
                case "paths": plugins.Paths = StringList(at, p); break;
                default: throw at.Error(p, "config.unknownKey", "disabled, enabled, paths");
            }
        }
        return plugins;
    }

    private static ScriptsConfig ReadScripts(Path at, JsonTree section)
    {
        var scripts = new ScriptsConfig();
        foreach (var (name, p) in Object(at, section).Properties)
        {
            switch (name)
            {
                case "timeoutSeconds":
                    // A huge number would overflow the timer (or never stop a script): a day is already far past any real run.
                    if (p.Kind != JsonKind.Number || !(p.Number > 0) || p.Number > MaxTimeoutSeconds)
                        throw at.Error(p, "config.seconds", MaxTimeoutSeconds, p.Text);
                    scripts.TimeoutSeconds = p.Number;
                    break;
                case "trusted": scripts.Trusted = Bool(at, p); break;
                case "allowReferences": scripts.AllowReferences = Bool(at, p); break;
                case "maxOutputBytes": scripts.MaxOutputBytes = Integer(at, p, 1024, int.MaxValue); break;
                case "indicators": scripts.Indicators = ScriptMap(at, p); break;
                case "importMappings": scripts.ImportMappings = ScriptMap(at, p); break;
                default: throw at.Error(p, "config.unknownKey", "timeoutSeconds, trusted, allowReferences, maxOutputBytes, indicators, importMappings");
            }
        }
        return scripts;
    }

    // Each limit from a floor that still reads a real file up to a ceiling past which one file could take the machine.
    private static FileLimits ReadLimits(Path at, JsonTree section)
    {
        var d = FileLimits.Default;
        var max = FileLimits.Maxima;
        long maxFile = d.MaxFileBytes, maxEntry = d.MaxEntryBytes, maxTotal = d.MaxTotalBytes;
        int entries = d.MaxEntries, ratio = d.MaxCompressionRatio, depth = d.MaxXmlDepth, lines = d.MaxLines, lineChars = d.MaxLineChars, field = d.MaxFieldChars;
        foreach (var (name, p) in Object(at, section).Properties)
        {
            switch (name)
            {
                case "maxFileBytes": maxFile = Long(at, p, 1024, max.MaxFileBytes); break;
                case "maxEntries": entries = Integer(at, p, 1, max.MaxEntries); break;
                case "maxEntryBytes": maxEntry = Long(at, p, 1024, max.MaxEntryBytes); break;
                case "maxTotalBytes": maxTotal = Long(at, p, 1024, max.MaxTotalBytes); break;
                case "maxCompressionRatio": ratio = Integer(at, p, 2, max.MaxCompressionRatio); break;
                case "maxXmlDepth": depth = Integer(at, p, 8, max.MaxXmlDepth); break;
                case "maxLines": lines = Integer(at, p, 1, max.MaxLines); break;
                case "maxLineChars": lineChars = Integer(at, p, 80, max.MaxLineChars); break;
                case "maxFieldChars": field = Integer(at, p, 80, max.MaxFieldChars); break;
                default: throw at.Error(p, "config.unknownKey", "maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxXmlDepth, maxLines, maxLineChars, maxFieldChars");
            }
        }
        return new FileLimits
        {
            MaxFileBytes = maxFile, MaxEntries = entries, MaxEntryBytes = maxEntry, MaxTotalBytes = maxTotal, MaxCompressionRatio = ratio,
            MaxXmlDepth = depth, MaxLines = lines, MaxLineChars = lineChars, MaxFieldChars = field,
        };
    }

    private static long Long(Path at, JsonTree p, long min, long max)
    {
        if (!p.IsInteger) throw at.Error(p, "config.whole", Found(p));
        if (!long.TryParse(p.Text, out var v) || v < min || v > max) throw at.Error(p, "config.range", min, max, p.Text);
        return v;
    }

    private static Dictionary<string, string> ScriptMap(Path at, JsonTree section)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, p) in Object(at, section).Properties)
        {
            var file = String(at, p);
            if (!file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase)) throw at.Error(p, "config.notCsx", file);
            map[name] = file;
        }
        return map;
    }

    private static JsonTree Object(Path at, JsonTree p) =>
        p.Kind == JsonKind.Object ? p : throw at.Error(p, "config.object", Found(p));

    private static string String(Path at, JsonTree p) =>
        p.Kind == JsonKind.String ? p.Text : throw at.Error(p, "config.string", Found(p));

    private static bool Bool(Path at, JsonTree p) =>
        p.Kind == JsonKind.Boolean ? p.Text == "true" : throw at.Error(p, "config.bool", Found(p));

    private static int Integer(Path at, JsonTree p, int min, int max)
    {
        if (!p.IsInteger) throw at.Error(p, "config.whole", Found(p));
        if (!long.TryParse(p.Text, out var v) || v < min || v > max) throw at.Error(p, "config.range", min, max, p.Text);
        return (int)v;
    }

    private static List<string> StringList(Path at, JsonTree p)
    {
        if (p.Kind != JsonKind.Array) throw at.Error(p, "config.strings", Found(p));
        return p.Items.Select(item => item.Kind == JsonKind.String ? item.Text : throw at.Error(item, "config.string", Found(item))).ToList();
    }

    // What was found instead, worded by the host: "the string \"soon\"", "float 1.5".
    private static Hosting.Words Found(JsonTree p) => p.Kind switch
    {
        JsonKind.Object => new("config.found.object"),
        JsonKind.Array => new("config.found.array"),
        JsonKind.String => new("config.found.string", p.Text),
        JsonKind.Null => new("config.found.null"),
        JsonKind.Boolean => new("config.found.boolean", p.Text),
        _ => new(p.IsInteger ? "config.found.integer" : "config.found.float", p.Text),
    };

    private sealed record Path(string File)
    {
        // file:line, as compilers write it, says the line in no language: the words after it are the person's.
        public InputException Error(JsonTree value, string key, params object?[] args) => Hosting.Worded.Input(key, $"{File}:{value.Line}: $.{value.Path}", args);
    }
}
