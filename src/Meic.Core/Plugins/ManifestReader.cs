using Meic.Core.Text;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Core.Plugins;

/// <summary>Reads and validates plugin.json without loading any plugin code.</summary>
public static class ManifestReader
{
    /// <summary>Reads the manifest at <paramref name="file"/>.</summary>
    /// <exception cref="InputException">The manifest is unreadable or invalid; the message says where.</exception>
    public static PluginManifest Read(string file)
    {
        JsonTree root;
        try { root = JsonTree.Parse(File.ReadAllText(file)); }
        catch (JsonTreeException e)
        {
            throw new InputException($"not valid JSON at line {e.Line}, position {e.Position}: {e.Message}", file, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"cannot read the file ({e.Message}).", file, e); }
        if (root.Kind != JsonKind.Object) throw new InputException("expected a JSON object.", file);

        string Required(string key)
        {
            var token = root[key];
            if (token is null) throw new InputException($"the key \"{key}\" is missing.", file);
            if (token.Kind != JsonKind.String || string.IsNullOrWhiteSpace(token.Text))
                throw new InputException($"\"{key}\" must be a non-empty string.", file);
            return token.Text;
        }

        foreach (var (name, _) in root.Properties)
            if (name is not ("$schema" or "id" or "name" or "version" or "sdk" or "entry" or "description" or "commands" or "screens" or "optIn"))
                throw new InputException($"unknown key \"{name}\"; expected id, name, version, sdk, entry, description, commands, screens, optIn.", file);

        var id = Required("id");
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new InputException($"\"id\" '{id}' may hold only letters, digits, '.', '-' and '_'.", file);
        if (!Version.TryParse(Required("version"), out var version))
            throw new InputException($"\"version\" '{root["version"]!.Text}' is not a version like 1.2.0.", file);
        SdkRange sdk;
        try { sdk = SdkRange.Parse(Required("sdk")); }
        catch (FormatException e) { throw new InputException($"\"sdk\": {e.Message}", file, e); }
        var entry = Required("entry");
        if (Path.IsPathRooted(entry) || entry.Contains(".."))
            throw new InputException("\"entry\" must be a path inside the plugin's folder.", file);

        var commands = new List<ManifestCommand>();
        if (root["commands"] is { } cmds)
        {
            if (cmds.Kind != JsonKind.Array) throw new InputException("\"commands\" must be an array.", file);
            // Loops rather than LINQ over chars and tuples: `meic --help` reads every manifest, and such
            // generic code is compiled at run time on each start.
            for (var i = 0; i < cmds.Items.Count; i++)
            {
                var item = cmds.Items[i];
                var name = item["name"] is { Kind: JsonKind.String } n ? n.Text : "";
                if (!IsCommandName(name))
                    throw new InputException("each command needs a \"name\" of lower-case letters, digits and '-'.", $"{file}: commands[{i}]");
                commands.Add(new ManifestCommand(name, Text(item["description"], $"{file}: commands[{i}].description")));
            }
        }
        var screens = new List<ManifestScreen>();
        if (root["screens"] is { } scr)
        {
            if (scr.Kind != JsonKind.Array) throw new InputException("\"screens\" must be an array.", file);
            for (var i = 0; i < scr.Items.Count; i++)
            {
                var item = scr.Items[i];
                var sid = item["id"] is { Kind: JsonKind.String } s ? s.Text : "";
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
            OptIn = root["optIn"] is { } optIn && (optIn.Kind == JsonKind.Boolean ? optIn.Text == "true"
                : throw new InputException("\"optIn\" must be true or false.", file)),
            Directory = Path.GetDirectoryName(Path.GetFullPath(file))!,
        };
    }

    private static LocalizedText Text(JsonTree? token, string where)
    {
        var text = new LocalizedText();
        switch (token?.Kind)
        {
            case null: return text;
            case JsonKind.String: text["en"] = token.Text; return text;
            case JsonKind.Object:
                foreach (var (language, value) in token.Properties)
                {
                    if (value.Kind != JsonKind.String) throw new InputException($"\"{language}\" must be a string.", where);
                    text[language] = value.Text;
                }
                return text;
            default: throw new InputException("expected a string or an object of language to text.", where);
        }
    }

    private static bool IsCommandName(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-') return false;
        return true;
    }
}
