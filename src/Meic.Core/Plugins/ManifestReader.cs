using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Plugins;

/// <summary>Reads and validates plugin.json without loading any plugin code.</summary>
public static class ManifestReader
{
    /// <summary>Reads the manifest at <paramref name="file"/>.</summary>
    /// <exception cref="InputException">The manifest is unreadable or invalid; the message says where.</exception>
    public static PluginManifest Read(string file)
    {
        JObject root;
        try
        {
            root = JToken.Parse(File.ReadAllText(file)) as JObject ?? throw new InputException("expected a JSON object.", file);
        }
        catch (JsonReaderException e)
        {
            throw new InputException($"not valid JSON at line {e.LineNumber}, position {e.LinePosition}.", file, e);
        }
        catch (IOException e) { throw new InputException($"cannot read the file ({e.Message}).", file, e); }

        string Required(string key)
        {
            var token = root[key];
            if (token is null) throw new InputException($"the key \"{key}\" is missing.", file);
            if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace(token.Value<string>()))
                throw new InputException($"\"{key}\" must be a non-empty string.", file);
            return token.Value<string>()!;
        }

        foreach (var p in root.Properties())
            if (p.Name is not ("$schema" or "id" or "name" or "version" or "sdk" or "entry" or "description" or "commands" or "screens"))
                throw new InputException($"unknown key \"{p.Name}\"; expected id, name, version, sdk, entry, description, commands, screens.", file);

        var id = Required("id");
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new InputException($"\"id\" '{id}' may hold only letters, digits, '.', '-' and '_'.", file);
        if (!Version.TryParse(Required("version"), out var version))
            throw new InputException($"\"version\" '{root["version"]}' is not a version like 1.2.0.", file);
        SdkRange sdk;
        try { sdk = SdkRange.Parse(Required("sdk")); }
        catch (FormatException e) { throw new InputException($"\"sdk\": {e.Message}", file, e); }
        var entry = Required("entry");
        if (Path.IsPathRooted(entry) || entry.Contains(".."))
            throw new InputException("\"entry\" must be a path inside the plugin's folder.", file);

        var commands = new List<ManifestCommand>();
        if (root["commands"] is { } cmds)
        {
            if (cmds is not JArray array) throw new InputException("\"commands\" must be an array.", file);
            foreach (var (item, i) in array.Select((t, i) => (t, i)))
            {
                var name = item["name"]?.Type == JTokenType.String ? item["name"]!.Value<string>()! : "";
                if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                    throw new InputException("each command needs a \"name\" of lower-case letters, digits and '-'.", $"{file}: commands[{i}]");
                commands.Add(new ManifestCommand(name, Text(item["description"], $"{file}: commands[{i}].description")));
            }
        }
        var screens = new List<ManifestScreen>();
        if (root["screens"] is { } scr)
        {
            if (scr is not JArray array) throw new InputException("\"screens\" must be an array.", file);
            foreach (var (item, i) in array.Select((t, i) => (t, i)))
            {
                var sid = item["id"]?.Type == JTokenType.String ? item["id"]!.Value<string>()! : "";
                if (sid.Length == 0) throw new InputException("each screen needs an \"id\".", $"{file}: screens[{i}]");
                screens.Add(new ManifestScreen(sid, Text(item["title"], $"{file}: screens[{i}].title")));
            }
        }

        return new PluginManifest
        {
            Id = id,
            Name = root["name"] is null ? new LocalizedText { ["en"] = id } : Text(root["name"], $"{file}: name"),
            Version = version,
            Sdk = sdk,
            Entry = entry,
            Commands = commands,
            Screens = screens,
            Directory = Path.GetDirectoryName(Path.GetFullPath(file))!,
        };
    }

    private static LocalizedText Text(JToken? token, string where)
    {
        var text = new LocalizedText();
        switch (token)
        {
            case null: return text;
            case JValue v when v.Type == JTokenType.String: text["en"] = v.Value<string>()!; return text;
            case JObject o:
                foreach (var p in o.Properties())
                {
                    if (p.Value.Type != JTokenType.String) throw new InputException($"\"{p.Name}\" must be a string.", where);
                    text[p.Name] = p.Value.Value<string>()!;
                }
                return text;
            default: throw new InputException("expected a string or an object of language to text.", where);
        }
    }
}
