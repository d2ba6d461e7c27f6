namespace Meic.Testing;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string App => Path.Combine(Root, "artifacts", "meic");
    public static string Host => Path.Combine(App, "meic.dll");
    public static string FixturePlugins => Path.Combine(Root, "artifacts", "fixtures", "plugins");
    /// <summary>The interchange schemas exports are validated against (GEXF, REFI-QDA), kept in the repository.</summary>
    public static string Schemas => Path.Combine(Root, "tests", "Fixtures", "schemas");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MeicToolkit.sln"))) return dir.FullName;
        throw new InvalidOperationException("MeicToolkit.sln not found above " + AppContext.BaseDirectory);
    }
}
