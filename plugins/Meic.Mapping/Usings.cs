// The plugin's own Vocabulary (a cluster's areas and districts over the SDK's service) keeps its short name beside Meic.Sdk.Text.Vocabulary.
global using Vocabulary = Meic.Mapping.Domain.Vocabulary;
