using System.CommandLine;
using Meic.Agreements.Library;
using Meic.Agreements.Services;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary>What every agreement command shares: strings, the store view, the clause library, the small option helpers.</summary>
internal sealed class AgreementsCli(IMeicContext ctx)
{
    public IMeicContext Ctx { get; } = ctx;
    public Strings S { get; } = Strings.Load(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.strings", ctx.Language);

    public DateOnly Today => DateOnly.FromDateTime(Ctx.Clock.Now.Date);

    public AgreementStore Data(DateOnly? asOf = null) => new(Ctx.Store, Ctx.User, asOf ?? Today, S);

    public TemplateCatalog Catalog() => TemplateCatalog.Load(TemplateCatalog.DefaultSources(AppContext.BaseDirectory, Ctx.WorkspaceDirectory));

    public AgreementService Service(DateOnly? asOf = null, bool withCatalog = true) => new(Data(asOf), withCatalog ? Catalog() : null);

    /// <summary>
    /// A template's title as a reader reads it: the cluster's name, city and promoter filled in (<c>{{cluster_name}} –
    /// Cluster agreement</c> was shown as written), any other variable as "…" until the draft gives it.
    /// </summary>
    public string TemplateTitle(string title)
    {
        if (!title.Contains("{{", StringComparison.Ordinal) || Library.Placeholders.Scan(title).Error is not null) return title;
        var cluster = Ctx.Store.Collection<Meic.Sdk.Model.Cluster>(Meic.Sdk.Model.Cluster.CollectionName).Get("cluster");
        return Library.Placeholders.Replace(title, p => (p.Name switch
        {
            "cluster_name" => cluster?.Name,
            "city" or "municipality" => cluster?.City,
            "promoter" => cluster?.Promoter,
            _ => null,
        }) is { Length: > 0 } v ? v : "…");
    }

    public void Line(string text) => Ctx.Console.Write(new Text(text + "\n"));

    public static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.ZeroOrMore };

    public static Option<string?> One(string name, string description) => new(name) { Description = description };

    public static Argument<string> Id(string name, string description) => new(name) { Description = description };
}
