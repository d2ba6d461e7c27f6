using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Screens;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Templates;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups;

/// <summary>Focus groups and interviews: sessions, consent, transcripts, codebook, coding, agreement, REFI-QDA.</summary>
public sealed class FocusGroupsPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        foreach (var spec in Collections.Specs()) registry.AddCollection(spec);
        registry.AddCommand("focus", FocusCommand.Create);
        registry.AddVocabularies(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.vocabulary.json");
        registry.AddScreen("focus-sessions", screen => FocusScreens.Sessions(screen.Meic));
        registry.AddScreen("focus", screen => FocusScreens.Transcripts(screen.Meic));
        registry.AddScreen("focus-codebook", screen => FocusScreens.Codebook(screen.Meic));
        registry.AddTemplateSeeder(CodebookSeeder.Seed);
    }
}
