using Meic.Core.Hosting;
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
            throw Worded.Input(e, "config.badJson", file, e.Line, e.Position, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Worded.Input(e, "config.unreadable", file, e.Message); }
        if (root.Kind != JsonKind.Object) throw Worded.Input("config.notObject", file);

        string Required(string key)
        {
            var token = root[key];
            if (token is null) throw Worded.Input("manifest.missing", file, key);
            if (token.Kind != JsonKind.String || string.IsNullOrWhiteSpace(token.Text))
                throw Worded.Input("manifest.notString", file, key);
            return token.Text;
        }

        foreach (var (name, _) in root.Properties)
            if (name is not ("$schema" or "id" or "name" or "version" or "sdk" or "entry" or "description" or "commands" or "screens" or "optIn"))
                throw Worded.Input("manifest.unknownKey", file, name, "id, name, version, sdk, entry, description, commands, screens, optIn");

        var id = Required("id");
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw Worded.Input("manifest.id", file, id);
        if (!Version.TryParse(Required("version"), out var version))
            throw Worded.Input("manifest.version", file, root["version"]!.Text);
        SdkRange sdk;
        try { sdk = SdkRange.Parse(Required("sdk")); }
        catch (FormatException e) { throw Worded.Input(e, "manifest.sdk", file, root["sdk"]!.Text); }
        var entry = Required("entry");
        if (Path.IsPathRooted(entry) || entry.Contains(".."))
            throw Worded.Input("manifest.entry", file);

        var commands = new List<ManifestCommand>();
        if (root["commands"] is { } cmds)
        {
            if (cmds.Kind != JsonKind.Array) throw Worded.Input("manifest.array", file, "commands");
            // Loops rather than LINQ over chars and tuples: `meic --help` reads every manifest, and such
            // generic code is compiled at run time on each start.
            for (var i = 0; i < cmds.Items.Count; i++)
            {
                var item = cmds.Items[i];
                var name = item["name"] is { Kind: JsonKind.String } n ? n.Text : "";
                if (!IsCommandName(name))
                    throw Worded.Input("manifest.commandName", $"{file}: commands[{i}]");
                commands.Add(new ManifestCommand(name, Text(item["description"], $"{file}: commands[{i}].description")));
            }
        }
        var screens = new List<ManifestScreen>();
        if (root["screens"] is { } scr)
        {
            if (scr.Kind != JsonKind.Array) throw Worded.Input("manifest.array", file, "screens");
            for (var i = 0; i < scr.Items.Count; i++)
            {
                var item = scr.Items[i];
                var sid = item["id"] is { Kind: JsonKind.String } s ? s.Text : "";
                if (sid.Length == 0) throw Worded.Input("manifest.screenId", $"{file}: screens[{i}]");
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
                : throw Worded.Input("manifest.optIn", file)),
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
                    if (value.Kind != JsonKind.String) throw Worded.Input("manifest.textString", where, language);
                    text[language] = value.Text;
                }
                return text;
            default: throw Worded.Input("manifest.text", where);
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
