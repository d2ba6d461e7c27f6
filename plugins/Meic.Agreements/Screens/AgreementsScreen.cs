using Meic.Agreements.Commands;
using Meic.Agreements.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Screens;

/// <summary>The agreements screen: pick an agreement, see its parties and signatures and its open disputes (CLI: <c>meic agreement show</c>).</summary>
internal sealed class AgreementsScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        var cli = new AgreementsCli(ctx);
        var data = cli.Data();
        while (true)
        {
            var agreements = data.Agreements.All();
            if (agreements.Count == 0)
            {
                host.Clear(cli.S["screen.title"]);
                host.Console.Write(new Text(cli.S["list.none"] + "\n"));
                while (host.ReadKey().Key != ConsoleKey.Escape) { }
                return;
            }
            var pick = host.Choose(cli.S["screen.title"], agreements.Select(a => $"{a.Id} · {Names.Kebab(a.Status)} · v{a.Edition} · {a.Title}").ToList());
            if (pick is null) return;
            var agreement = agreements[pick.Value];
            var screenCli = new AgreementsCli(new ScreenContext(ctx, host.Console));
            host.Clear(agreement.Title);
            ShowCommand.Write(screenCli, data, agreement, data.Conflicts.Find(("agreementId", agreement.Id)).Where(c => c.Status == ConflictStatus.Open).ToList());
            host.Console.Write(new Text("\n" + cli.S["screen.back"] + "\n"));
            while (host.ReadKey().Key != ConsoleKey.Escape) { }
        }
    }

    /// <summary>The command context, drawing on the screen's console.</summary>
    private sealed class ScreenContext(IMeicContext inner, IAnsiConsole console) : IMeicContext
    {
        public string WorkspaceDirectory => inner.WorkspaceDirectory;
        public Meic.Sdk.Store.IDocumentStore Store => inner.Store;
        public IAnsiConsole Console => console;
        public TextWriter Out => inner.Out;
        public string Language => inner.Language;
        public bool Json => false;
        public bool Verbose => inner.Verbose;
        public IClock Clock => inner.Clock;
        public string User => inner.User;
        public void Publish(MeicEvent e) => inner.Publish(e);
        public T? GetService<T>() where T : class => inner.GetService<T>();
        public string? Setting(string pluginId, string key) => inner.Setting(pluginId, key);
        public void WriteJson(object? value) => inner.WriteJson(value);
    }
}
