using Meic.Sdk.Model;

namespace Meic.Agreements.Model;

/// <summary>The text of one edition of an agreement, as rendered then. Id: <c>{agreementId}@{edition}</c>.</summary>
public sealed class AgreementVersion : Document
{
    public const string CollectionName = "agreement-versions";

    public string AgreementId { get; set; } = "";
    public int Edition { get; set; }
    public DateOnly CreatedOn { get; set; }
    public string CreatedBy { get; set; } = "";
    public string? Note { get; set; }
    public Dictionary<string, string> Variables { get; set; } = new();
    public List<string> Parties { get; set; } = new();
    public string Markdown { get; set; } = "";

    public static string IdOf(string agreementId, int edition) => $"{agreementId}@{edition}";
}
