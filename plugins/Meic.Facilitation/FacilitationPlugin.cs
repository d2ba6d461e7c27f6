using Meic.Facilitation.Commands;
using Meic.Facilitation.Model;
using Meic.Facilitation.Screens;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;

namespace Meic.Facilitation;

/// <summary>Meetings: plan, run live from the terminal, close with a pulse and minutes, follow up actions.</summary>
public sealed class FacilitationPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        // Titles, invitees, attendees and remarks name people: sealed at rest, never in the search index.
        registry.AddCollection(new CollectionSpec(Meeting.CollectionName).Index("status").Index("seriesId").Index("uid")
            .Sensitive("title").Sensitive("invited[*].person").Sensitive("attendance[*].person").Sensitive("pulse[*].remark").Sensitive("pulse[*].by")
            .Sensitive("facilitator").Sensitive("noteTaker"));
        registry.AddCollection(new CollectionSpec(ActionItem.CollectionName).Index("meetingId").Index("ownerActorId").Index("status").Searchable("what"));
        registry.AddCollection(new CollectionSpec(Decision.CollectionName).Index("meetingId").Searchable("proposal").Searchable("outcome"));
        registry.AddCollection(new CollectionSpec(MeetingNote.CollectionName).Index("meetingId").Sensitive("text")); // notes quote people
        registry.AddCollection(new CollectionSpec(MeetingNoteEdit.CollectionName).Index("noteId").Sensitive("inserted"));
        registry.AddCollection(new CollectionSpec(MeetingLease.CollectionName).Sensitive("holder")); // a user's name
        registry.AddCollection(new CollectionSpec(MeetingFormat.CollectionName));
        registry.AddCommand("meeting", MeetingCommand.Create);
        registry.AddCommand("actions", ActionsCommand.Create);
        registry.AddVocabularies(typeof(FacilitationPlugin).Assembly, Store.FacilitationVocabularies.Resource);
        registry.AddScreen("meetings", screen => MeetingScreens.Meetings(screen.Meic));
        registry.AddScreen("meeting-plan", screen => MeetingScreens.Plan(screen.Meic));
        registry.AddTemplateSeeder(FormatSeeder.Seed);
    }
}
