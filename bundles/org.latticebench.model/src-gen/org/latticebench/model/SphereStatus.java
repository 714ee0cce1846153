/**
 */
package org.latticebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sphere Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.latticebench.model.ModelPackage#getSphereStatus()
 * @model
 * @generated
 */
public enum SphereStatus implements Enumerator {
	/**
	 * The '<em><b>WHOLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_VALUE
	 * @generated
	 * @ordered
	 */
	WHOLE(0, "WHOLE", "WHOLE"),

	/**
	 * The '<em><b>CLIPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only partly inside the target (clipped by its edge); reported, never silently kept or dropped.
	 * <!-- end-model-doc -->
	 * @see #CLIPPED_VALUE
	 * @generated
	 * @ordered
	 */
	CLIPPED(1, "CLIPPED", "CLIPPED");

	/**
	 * The '<em><b>WHOLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WHOLE_VALUE = 0;

	/**
	 * The '<em><b>CLIPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only partly inside the target (clipped by its edge); reported, never silently kept or dropped.
	 * <!-- end-model-doc -->
	 * @see #CLIPPED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLIPPED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Sphere Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SphereStatus[] VALUES_ARRAY =
		new SphereStatus[] {
			WHOLE,
			CLIPPED,
		};

	/**
	 * A public read-only list of all the '<em><b>Sphere Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SphereStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sphere Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SphereStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SphereStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sphere Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SphereStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SphereStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sphere Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SphereStatus get(int value) {
		switch (value) {
			case WHOLE_VALUE: return WHOLE;
			case CLIPPED_VALUE: return CLIPPED;
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
	private SphereStatus(int value, String name, String literal) {
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
	
} //SphereStatus
