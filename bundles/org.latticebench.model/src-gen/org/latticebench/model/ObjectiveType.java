/**
 */
package org.latticebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Objective Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.latticebench.model.ModelPackage#getObjectiveType()
 * @model
 * @generated
 */
public enum ObjectiveType implements Enumerator {
	/**
	 * The '<em><b>MIN DOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_DOSE_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_DOSE(0, "MIN_DOSE", "MIN_DOSE"),

	/**
	 * The '<em><b>MAX DOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_DOSE_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_DOSE(1, "MAX_DOSE", "MAX_DOSE"),

	/**
	 * The '<em><b>UNIFORM DOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIFORM_DOSE_VALUE
	 * @generated
	 * @ordered
	 */
	UNIFORM_DOSE(2, "UNIFORM_DOSE", "UNIFORM_DOSE"),

	/**
	 * The '<em><b>MAX MEAN DOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_MEAN_DOSE_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_MEAN_DOSE(3, "MAX_MEAN_DOSE", "MAX_MEAN_DOSE"),

	/**
	 * The '<em><b>MIN DVH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_DVH_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_DVH(4, "MIN_DVH", "MIN_DVH"),

	/**
	 * The '<em><b>MAX DVH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_DVH_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_DVH(5, "MAX_DVH", "MAX_DVH");

	/**
	 * The '<em><b>MIN DOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_DOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIN_DOSE_VALUE = 0;

	/**
	 * The '<em><b>MAX DOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_DOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAX_DOSE_VALUE = 1;

	/**
	 * The '<em><b>UNIFORM DOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIFORM_DOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIFORM_DOSE_VALUE = 2;

	/**
	 * The '<em><b>MAX MEAN DOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_MEAN_DOSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAX_MEAN_DOSE_VALUE = 3;

	/**
	 * The '<em><b>MIN DVH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_DVH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIN_DVH_VALUE = 4;

	/**
	 * The '<em><b>MAX DVH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_DVH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAX_DVH_VALUE = 5;

	/**
	 * An array of all the '<em><b>Objective Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObjectiveType[] VALUES_ARRAY =
		new ObjectiveType[] {
			MIN_DOSE,
			MAX_DOSE,
			UNIFORM_DOSE,
			MAX_MEAN_DOSE,
			MIN_DVH,
			MAX_DVH,
		};

	/**
	 * A public read-only list of all the '<em><b>Objective Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObjectiveType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Objective Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveType get(int value) {
		switch (value) {
			case MIN_DOSE_VALUE: return MIN_DOSE;
			case MAX_DOSE_VALUE: return MAX_DOSE;
			case UNIFORM_DOSE_VALUE: return UNIFORM_DOSE;
			case MAX_MEAN_DOSE_VALUE: return MAX_MEAN_DOSE;
			case MIN_DVH_VALUE: return MIN_DVH;
			case MAX_DVH_VALUE: return MAX_DVH;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ObjectiveType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ObjectiveType
