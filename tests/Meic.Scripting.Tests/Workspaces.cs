using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Scripting.Tests;

/// <summary>One `meic init --template rome` per test run, copied for each test so tests never share a database.</summary>
public static class Workspaces
{
    private static readonly Lazy<string> Rome = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), $"meic-scripting-rome-{Guid.NewGuid():N}");
        var init = MeicProcess.Run(Path.GetTempPath(), "init", dir, "--template", "rome", "--lang", "en");
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        return dir;
    });

    /// <summary>A fresh copy of the Rome workspace inside <paramref name="temp"/>.</summary>
    public static string CopyRome(TempDir temp, Action<JObject>? configure = null)
    {
        var target = Path.Combine(temp.Path, "rome");
        foreach (var file in Directory.EnumerateFiles(Rome.Value, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Rome.Value, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        // A script's limit counts its own run, but on a machine whose cores are busy even a short script can
        // take longer than the default 5 s: tests that are not about the limit get a generous one.
        var configFile = Path.Combine(target, "toolkit.json");
        var config = JObject.Parse(File.ReadAllText(configFile));
        config["scripts"]!["timeoutSeconds"] = 300;
        configure?.Invoke(config);
        File.WriteAllText(configFile, config.ToString());
        return target;
    }

    /// <summary>Writes a script into the workspace.</summary>
    public static string Script(string workspace, string name, string code)
    {
        var file = Path.Combine(workspace, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, code);
        return file;
    }

    /// <summary>How many actors the workspace's store holds, read through the real host.</summary>
    public static int ActorCount(string workspace)
    {
        var status = MeicProcess.Run(workspace, "status", "--json");
        if (status.ExitCode != 0) throw new InvalidOperationException(status.ToString());
        return JObject.Parse(status.Out)["counts"]!["actors"]!.Value<int>();
    }
}
