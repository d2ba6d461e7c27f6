using Meic.Agreements.Commands;
using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Agreements.Screens;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Agreements;

/// <summary>The cluster's formal agreement: clause library, drafts in Markdown and Word, signatures, amendments, commitments, free riding and disputes.</summary>
public sealed class AgreementsPlugin : IMeicPlugin
{
    public const string Id = "meic.agreements";

    public void Register(IPluginRegistry registry)
    {
        registry.AddCollection(new CollectionSpec(Agreement.CollectionName).Index("status").Index("template"));
        registry.AddCollection(new CollectionSpec(AgreementVersion.CollectionName).Index("agreementId"));
        registry.AddCollection(new CollectionSpec(Commitment.CollectionName).Index("agreementId").Index("actorId"));
        registry.AddCollection(new CollectionSpec(Contribution.CollectionName).Index("agreementId").Index("actorId").Index("commitmentId"));
        // Mediation notes are confidential: encrypted at rest, shown only to the people the agreement names.
        registry.AddCollection(new CollectionSpec(ConflictCase.CollectionName).Index("agreementId").Index("status").Searchable("subject").Sensitive("notes[*].text"));
        registry.AddCommand("agreement", ctx => AgreementCommand.Create(ctx));
        registry.AddVocabularies(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.vocabulary.json");
        registry.AddScreen("agreements", AgreementScreens.Open);
        registry.AddScreen("agreement-templates", DraftScreens.Open);
        registry.AddScreen("agreement-conflicts", ReportScreens.Conflicts);
        registry.AddTemplateSeeder(CheckTemplateLibrary);
    }

    // A cluster template's own clauses and templates must be valid before a workspace is made from it: a broken
    // file is reported at `meic init` (file:line), not months later when someone drafts.
    private static void CheckTemplateLibrary(IMeicContext ctx, TemplateSource template)
    {
        var own = Path.Combine(template.Directory, "agreements");
        if (!Directory.Exists(own)) return;
        var sources = TemplateCatalog.DefaultSources(AppContext.BaseDirectory, null).Where(s => s.Directory != own).Append(new LibrarySource(own, $"template {template.Name}"));
        var catalog = TemplateCatalog.Load(sources);
        var mine = catalog.Problems.FirstOrDefault(p => p.File.StartsWith(own, StringComparison.Ordinal));
        if (mine is not null) throw new InputException(mine.Say(Strings.Load(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.strings", ctx.Language)), mine.Where);
    }
}
