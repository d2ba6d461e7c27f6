namespace Meic.Sdk.Screens;

/// <summary>What a <see cref="FormField"/> holds; the shell picks the editor and the SDK the check from it.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>Several lines of text (a note, a description).</summary>
    LongText,
    /// <summary>One of <see cref="FormField.Choices"/>, picked by label or typed as a label, synonym or id.</summary>
    Choice,
    /// <summary>Any number of <see cref="FormField.Choices"/> (stored as ids joined by commas).</summary>
    Choices,
    /// <summary>A date as the user writes it (<c>14/03/2027</c> or <c>2027-03-14</c>), read by <see cref="Text.Dates"/>.</summary>
    Date,
    /// <summary>A number with a comma or a point as decimal separator.</summary>
    Number,
    /// <summary>Yes or no (a check box).</summary>
    Flag,
}
