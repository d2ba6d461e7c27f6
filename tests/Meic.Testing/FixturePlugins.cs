namespace Meic.Testing;

/// <summary>Copies real fixture plugins, built from source, into a plugin folder a test controls.</summary>
public static class FixturePlugins
{
    public static string CopyTo(string pluginDirectory, params string[] names)
    {
        Directory.CreateDirectory(pluginDirectory);
        foreach (var name in names)
        {
            var source = Path.Combine(Repo.FixturePlugins, name);
            if (!Directory.Exists(source)) throw new InvalidOperationException($"fixture plugin {name} is not built at {source}");
            var target = Path.Combine(pluginDirectory, name);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        return pluginDirectory;
    }
}
