package org.latticebench.phantom;

/**
 * The tissue classes the phantom's label function returns, with their CT numbers (HU) in a
 * portal-venous contrast phase. Values are typical textbook CT numbers: air -1000, lung about
 * -800, fat about -100, muscle and soft tissue 40-60, contrast-enhanced vessels 120-160, bone
 * 700 (a blend of cortical and vertebral-body bone at CT resolution).
 */
enum Tissue {
	AIR(-1000),
	SUBCUTANEOUS_FAT(-100),
	VISCERAL_FAT(-90),
	MUSCLE(50),
	/** Mediastinum and heart above the diaphragm. */
	SOFT_TISSUE(40),
	LUNG_L(-800),
	LUNG_R(-800),
	RIB(700),
	VERTEBRA(700),
	/** Intervertebral disc. */
	DISC(90),
	/** Cerebrospinal fluid around the cord, inside the spinal canal. */
	CSF(15),
	SPINAL_CORD(35),
	AORTA(150),
	IVC(120),
	LIVER(55),
	/** Enhancing viable tumour rim. */
	TUMOUR_SOLID(60),
	/** Non-enhancing necrotic core. */
	TUMOUR_NECROTIC(15),
	STOMACH(15),
	STOMACH_GAS(-990),
	DUODENUM(30),
	SMALL_BOWEL(30),
	COLON(5),
	COLON_GAS(-990),
	KIDNEY_L(30),
	KIDNEY_R(30),
	SPLEEN(50);

	static final Tissue[] ALL = values();

	final float hu;

	Tissue(float hu) {
		this.hu = hu;
	}
}
