package org.latticebench.evaluation.internal;

import java.util.List;

/**
 * Default structure names per organ, as clinics and the DICOM importers spell them. Matching
 * ignores case, spaces and punctuation, so {@code Spinal Cord}, {@code spinal_cord} and
 * {@code SPINALCORD} are one entry. Users add their own through
 * {@link org.latticebench.evaluation.StructureAliases}.
 */
final class OrganAliases {

	static final List<String> SPINAL_CORD = List.of("SpinalCord", "Spinal Cord", "Cord");
	static final List<String> GREAT_VESSELS = List.of("GreatVessels", "Great Vessels", "Aorta", "IVC", "Vena Cava",
			"Inferior Vena Cava", "VenaCava_Inf");
	static final List<String> OESOPHAGUS = List.of("Esophagus", "Oesophagus", "Esophag");
	static final List<String> STOMACH = List.of("Stomach");
	static final List<String> DUODENUM = List.of("Duodenum");
	static final List<String> JEJUNUM_ILEUM = List.of("Jejunum_Ileum", "Jejunum and ileum", "Jejunum", "Ileum",
			"SmallBowel", "Small Bowel", "Bowel_Small", "Bowel");
	static final List<String> COLON = List.of("Colon", "LargeBowel", "Large Bowel", "Bowel_Large");
	static final List<String> LIVER = List.of("Liver", "Whole liver", "Liver_Total");
	static final List<String> NORMAL_LIVER = List.of("Normal liver", "Liver-GTV", "Liver minus GTV", "NormalLiver",
			"Liver_Normal", "Healthy liver");
	static final List<String> PROTECTED_LIVER = List.of("Protected liver", "Liver_Protected", "ProtectedLiver",
			"Liver_Protect");
	static final List<String> KIDNEY_L = List.of("Kidney_L", "Left kidney", "L Kidney", "Lt Kidney", "Kidney_Lt",
			"Kidney Left");
	static final List<String> KIDNEY_R = List.of("Kidney_R", "Right kidney", "R Kidney", "Rt Kidney", "Kidney_Rt",
			"Kidney Right");
	static final List<String> KIDNEYS = List.of("Kidneys", "Kidney", "Both kidneys", "Kidneys_Both", "Kidney_L+R");

	private OrganAliases() {
	}

	static List<String> ptv(String... regimenSpecific) {
		List<String> names = new java.util.ArrayList<>(List.of("PTV"));
		names.addAll(List.of(regimenSpecific));
		return List.copyOf(names);
	}
}
